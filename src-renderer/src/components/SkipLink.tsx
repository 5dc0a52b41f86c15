import Link from '@mui/material/Link';
import type { MouseEvent } from 'react';

/** First stop of the Tab key: jumps past header and navigation to the page content. */
export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  // The hash holds the route, so the jump is done by focusing, not by following the href.
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <Link
      href={`#${targetId}`}
      onClick={jump}
      sx={{
        position: 'absolute',
        left: 8,
        top: -100,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        p: 1.5,
        bgcolor: 'background.paper',
        '&:focus': { top: 8 },
      }}
    >
      {children}
    </Link>
  );
}
