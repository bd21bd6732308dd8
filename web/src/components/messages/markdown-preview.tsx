// The body as recipients will see it: the server's own Markdown rules (no raw HTML, safe links only).
import { useMemo } from 'react';
import { Paper, Typography } from '@mantine/core';
import { markdownToHtml } from '@core/markdown';

// The page's own headings go to level 2: a `#` in the message becomes a level 3 heading under them.
const HEADING_LEVEL = 3;

export function MarkdownPreview({ source, label }: { source: string; label?: string }) {
  // markdownToHtml escapes any HTML in the text and drops unsafe links, so its output is safe to insert.
  const html = useMemo(() => markdownToHtml(source, { headingLevel: HEADING_LEVEL }), [source]);
  return (
    <Paper withBorder radius="sm" p="md" aria-label={label} className="break-anywhere">
      <Typography>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
    </Paper>
  );
}
