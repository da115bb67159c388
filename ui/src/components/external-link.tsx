import { safeExternalUrl } from '../format.js';

/** An article-provided URL: a link only when it is http(s), else plain text. */
export function ExternalLink({ url, children }: { url: string | null | undefined; children?: preact.ComponentChildren }) {
  const safe = safeExternalUrl(url);
  if (!url) return null;
  if (!safe) return <span class="unsafe-url" title="Not linked: not an http(s) address">{children ?? url}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank" class="external">
      {children ?? safe}
    </a>
  );
}
