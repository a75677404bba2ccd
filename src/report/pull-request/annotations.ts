// Check-run annotations from the report's findings: only on what the pull request changes,
// blocking errors first, at most MAX_ANNOTATIONS a run. GitHub takes at most 50 a request, so
// the cap is one request: the whole check run is one write. What the cap leaves out is listed
// in the comment and the summaries, never dropped.
import type { CheckRunAnnotation } from '../../github/check-runs.js';
import type { ReportFinding } from './report.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** The most annotations one run makes (docs/pr-check.md, "What the check publishes"). */
export const MAX_ANNOTATIONS = ANNOTATIONS_PER_REQUEST;

/** An annotation as the check run takes it, always titled with its rule. */
export type CheckAnnotation = Omit<CheckRunAnnotation, 'raw_details'> & { title: string };

export interface AnnotationPlan {
  annotations: CheckAnnotation[];
  /** Findings on the change, on a file the head has, that the cap left without an annotation. */
  leftOut: number;
}

/**
 * Findings on the change become annotations: errors before warnings, each in report order.
 * A finding on a grant or file the pull request does not change is counted in the summary,
 * not annotated; GitHub drops or misplaces an annotation on a path the head does not have,
 * so none is made there either.
 */
export function planAnnotations(findings: ReportFinding[], cap = MAX_ANNOTATIONS): AnnotationPlan {
  const annotatable = findings.filter((f) => f.preexisting !== true && f.deleted !== true);
  const ordered = [
    ...annotatable.filter((f) => f.severity === 'error'),
    ...annotatable.filter((f) => f.severity !== 'error'),
  ];
  return {
    annotations: ordered.slice(0, cap).map(toAnnotation),
    leftOut: Math.max(0, ordered.length - cap),
  };
}

function toAnnotation(f: ReportFinding): CheckAnnotation {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.line,
    // GitHub accepts columns only on single-line annotations, which these are
    start_column: f.column,
    end_column: f.column,
    annotation_level: f.severity === 'error' ? 'failure' : 'warning',
    title: f.rule,
    message: f.message,
  };
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
