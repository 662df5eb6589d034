import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';

const email = (text: string) =>
  analyze({ text, site: 'gmail', kind: 'email', recipients: ['a@b.example'], now: NOW });
const NOTICE =
  'This e-mail is confidential. If you have received this e-mail in error, please notify the sender and delete it.';

describe('an email signature asks nothing', () => {
  it('reads the title, address and confidentiality notice under a closing and a name as footer', () => {
    const text = `Dear Ms Ruiz,\n\nThe shipment left Rotterdam this morning.\n\nKind regards,\nHendrik de Boer\nKey Account Manager\n${NOTICE}`;
    expect(email(text).facts.asks).toEqual([]);
    expect(email(text).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('still reads asks above the closing, and a postscript after the name', () => {
    const text = `Hi Sam,\n\nCould you send the invoice by Fri 27 Nov?\n\nThanks,\nMia\nP.S. Can you also bring the badge on Mon 30 Nov?\n${NOTICE}`;
    expect(email(text).facts.asks.map((a) => a.text)).toEqual([
      'Could you send the invoice by Fri 27 Nov?',
      'Can you also bring the badge on Mon 30 Nov?',
    ]);
  });
  it('needs a closing on its own line with a name under it, and only in email', () => {
    // The line a signature is read from; a confidentiality notice asks nothing even without one (facts/asks.ts).
    const noClosing = `Hi Sam,\n\nThe shipment left.\nOlga Berg\nplease sign for it by Friday`;
    expect(email(noClosing).facts.asks).toHaveLength(1);
    expect(email(`Hi Sam,\n\nThe shipment left.\n${NOTICE}`).facts.asks).toHaveLength(0);
    const chat = analyze({
      text: `Thanks,\nMia\nplease notify the sender by Friday`,
      site: 'slack',
      kind: 'dm',
      now: NOW,
    });
    expect(chat.facts.asks).toHaveLength(1);
  });
});
