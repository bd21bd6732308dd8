// Changes the status page's title, logo, accent colour, time zone or footer links; every problem is reported at
// once and nothing changes unless all is well. The change is an event on the organisation's timeline.
import type { z } from 'zod';
import type { StatusSettings, ZUpdateStatusSettingsRequest } from '../../core/api/status-page.js';
import { DomainError, type FieldProblem } from '../../core/errors.js';
import { contrastRatio, readableOnWhite } from '../../core/status-page/contrast.js';
import { isTimeZone } from '../../core/status-page/validate.js';
import { saveSettings } from '../../store/repos/status-page.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { footerLinksOf, presentSettings, settingsOrDefault } from './present.js';

type Input = z.infer<typeof ZUpdateStatusSettingsRequest>;

export function settingsProblems(input: Input): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.accent_color !== undefined && !readableOnWhite(input.accent_color))
    problems.push({
      field: 'accent_color',
      key: 'status.color_contrast',
      params: { ratio: contrastRatio(input.accent_color, '#ffffff').toFixed(1) },
    });
  if (input.time_zone !== undefined && !isTimeZone(input.time_zone))
    problems.push({ field: 'time_zone', key: 'field.time_zone' });
  return problems;
}

export async function updateStatusSettings(ctx: Ctx, input: Input): Promise<StatusSettings> {
  requireActor(ctx, 'admin');
  const problems = settingsProblems(input);
  if (problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, problems);
  return inTransaction(ctx, async (u) => {
    const { row: before } = await settingsOrDefault(u.tx);
    const after = {
      ...before,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.logo_url !== undefined ? { logo_url: input.logo_url } : {}),
      ...(input.accent_color !== undefined ? { accent_color: input.accent_color.toLowerCase() } : {}),
      ...(input.time_zone !== undefined ? { time_zone: input.time_zone } : {}),
      ...(input.footer_links !== undefined ? { footer_links: JSON.stringify(input.footer_links) } : {}),
      updated_at: u.now,
    };
    await saveSettings(u.tx, after);
    const changed: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of ['title', 'logo_url', 'accent_color', 'time_zone'] as const)
      if (before[key] !== after[key]) changed[key] = { before: before[key], after: after[key] };
    if (before.footer_links !== after.footer_links)
      changed.footer_links = { before: footerLinksOf(before), after: footerLinksOf(after) };
    await u.event('status_page.settings_changed', { changed });
    return presentSettings(ctx, u.tx);
  });
}
