/** What a new user will see here, before their first message is recorded. */
export function EmptyState() {
  return (
    <section class="empty-state" aria-label="Your week">
      <h2>Your clarity score will appear here</h2>
      <p>
        Write and send a message in Gmail, Slack or Notion as usual. Each one you send gets a clarity score
        from 0 to 100, and this popup will show:
      </p>
      <ul>
        <li>your average score this week, compared with last week</li>
        <li>a 12-week trend</li>
        <li>which kinds of problems came up: the ask, deadlines, owners, context or style</li>
        <li>the three most frequent problems, each with a tip</li>
      </ul>
      <p class="muted">
        Only scores and counts are kept, on this device. Your messages are never stored or sent anywhere.
      </p>
    </section>
  );
}
