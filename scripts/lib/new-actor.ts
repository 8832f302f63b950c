import { ACTOR_KINDS, type ActorKind } from '../../src/lib/content/schema';
import { isValidSlug, slugify } from '../../src/lib/content/slug';
import type { PlannedFile } from './new-story';

export interface ActorRequest {
  id?: string;
  kind?: string;
  /** One name for both languages... */
  name?: string;
  /** ...or one per language. */
  nameDe?: string;
  nameEn?: string;
  roleDe?: string;
  roleEn?: string;
}

export type ActorPlan = { ok: true; file: PlannedFile } | { ok: false; errors: string[] };

/** Plans `actors/<id>.yaml`; refuses bad ids, unknown kinds, missing names and existing files. */
export function planActor(request: ActorRequest, existing: ReadonlySet<string>): ActorPlan {
  const errors: string[] = [];
  const id = request.id?.trim() ?? '';
  if (!id) errors.push('--id is required: the actor id used in articles, e.g. --id karsten-wildberger');
  else if (!isValidSlug(id)) errors.push(`id "${id}" is not lowercase ASCII kebab-case; use "${slugify(id)}"`);
  const kind = request.kind?.trim() ?? '';
  if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
    errors.push(`${kind ? `unknown kind "${kind}"` : '--kind is required'}; allowed: ${ACTOR_KINDS.join(', ')}`);
  }
  const name = request.name?.trim();
  const nameDe = request.nameDe?.trim() || name;
  const nameEn = request.nameEn?.trim() || name;
  if (!nameDe || !nameEn) errors.push('give --name "…" (same in both languages) or both --name-de "…" and --name-en "…"');
  const roleDe = request.roleDe?.trim();
  const roleEn = request.roleEn?.trim();
  if (!roleDe || !roleEn) errors.push('give the role in both languages: --role-de "…" --role-en "…"');
  const path = `actors/${id}.yaml`;
  if (id && existing.has(path)) errors.push(`${path} already exists; not overwritten`);
  if (errors.length > 0) return { ok: false, errors };

  const nameLines =
    nameDe === nameEn ? [`name: ${JSON.stringify(nameDe)}`] : ['name:', `  de: ${JSON.stringify(nameDe)}`, `  en: ${JSON.stringify(nameEn)}`];
  const text = [
    ...nameLines,
    `kind: ${kind as ActorKind}`,
    'role:',
    `  de: ${JSON.stringify(roleDe)}`,
    `  en: ${JSON.stringify(roleEn)}`,
    'aliases: []',
    '',
  ].join('\n');
  return { ok: true, file: { path, text } };
}
