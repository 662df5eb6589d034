import type { AnalysisConfig, Draft, Report } from '../analysis/types';
import { buildActionItems } from './action-items';
import { draftFromExtraction } from './draft';
import type { DocumentReview, Extraction } from './types';

export type AnalyzeFn = (draft: Draft, config?: AnalysisConfig) => Report;

function limitsOf(extraction: Extraction, report: Report): { limits?: string } {
  const notes = [
    extraction.truncated ? 'This document is very long: only its first part was read.' : '',
    report.limits?.message ?? '',
  ].filter(Boolean);
  return notes.length > 0 ? { limits: notes.join(' ') } : {};
}

/** The whole review of one extracted document: its asks as action items, its score and findings. */
export function reviewDocument(
  extraction: Extraction,
  analyze: AnalyzeFn,
  config?: AnalysisConfig,
): DocumentReview {
  const { draft, blocks } = draftFromExtraction(extraction);
  const report = analyze(draft, config);
  return {
    title: extraction.title,
    url: extraction.url,
    source: extraction.source,
    extractedAt: extraction.extractedAt,
    score: report.score,
    items: buildActionItems(report, blocks),
    findings: report.findings.map((finding) => ({
      ...finding,
      excerpt: draft.text.slice(finding.start, finding.end),
    })),
    words: draft.text.split(/\s+/).filter(Boolean).length,
    ...limitsOf(extraction, report),
  };
}
