// The situation as the script tells it (Markdown), read out at the start: plain text on the page, no frame.
import { useMemo } from 'react';
import { Box, Typography } from '@mantine/core';
import { markdownToHtml } from '@core/markdown';

export function ScenarioText({ source }: { source: string }) {
  // markdownToHtml escapes any HTML in the text and drops unsafe links, so its output is safe to insert.
  const html = useMemo(() => markdownToHtml(source, { headingLevel: 3 }), [source]);
  return (
    <Box maw={800} className="break-anywhere">
      <Typography>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
    </Box>
  );
}
