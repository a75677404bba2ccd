// Check-run annotations from the report's findings. GitHub takes at most 50 per request,
// so they are cut into batches that the Action sends one after another.
import type { ReportFinding } from './pr-report.js';

export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** GitHub drops or misplaces an annotation on a path the head does not have: none is made. */
export function toAnnotations(findings: ReportFinding[]): CheckAnnotation[] {
  return findings
    .filter((f) => f.deleted !== true)
    .map((f) => ({
      path: f.file,
      start_line: f.line,
      end_line: f.line,
      // GitHub accepts columns only on single-line annotations, which these are
      start_column: f.column,
      end_column: f.column,
      annotation_level: f.severity === 'error' ? 'failure' : 'warning',
      title: f.preexisting ? `${f.rule} (not changed by this pull request)` : f.rule,
      message: f.message,
    }));
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
