import { parseYaml } from './content/frontmatter';
import { PUBLISHER_FIELD_RULES, PUBLISHER_FILE, findPlaceholders, publisherSchema } from './content/publisher';

export interface LaunchProblem {
  /** Path relative to the content folder. */
  file: string;
  field?: string;
  message: string;
}

/**
 * What stops the site from launching: the publisher's details must exist, be valid and contain
 * no placeholder, or the imprint and privacy page would name nobody. `publisherText` is the
 * file's text, `undefined` when there is no file.
 */
export function checkLaunch(input: { publisherText: string | undefined }): LaunchProblem[] {
  const file = PUBLISHER_FILE;
  if (input.publisherText === undefined) {
    return [{ file, message: `${file} is missing: copy it from the repository and fill in the publisher’s details` }];
  }
  const parsed = parseYaml(input.publisherText);
  if ('message' in parsed) return [{ file, message: parsed.message }];
  const problems: LaunchProblem[] = findPlaceholders(parsed.data).map(({ field, value }) => ({
    file,
    field,
    message: `${field} is still a placeholder (${JSON.stringify(value)}); replace it with ${ruleFor(field)}`,
  }));
  const result = publisherSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.');
      if (problems.some((problem) => problem.field === field)) continue;
      problems.push({ file, ...(field && { field }), message: `${field || 'the file'}: ${issue.message}; expected ${ruleFor(field)}` });
    }
  }
  return problems;
}

function ruleFor(field: string): string {
  return PUBLISHER_FIELD_RULES[field] ?? PUBLISHER_FIELD_RULES[field.split('.').slice(0, -1).join('.')] ?? 'the real value';
}

export function formatLaunchReport(problems: readonly LaunchProblem[], dir: string): string {
  if (problems.length === 0) return 'Launch check passed: the publisher’s details are complete.';
  const lines = problems.map((problem) => `  ${dir}/${problem.file}: ${problem.message}`);
  return [`Not ready to launch: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, ...lines].join('\n');
}
