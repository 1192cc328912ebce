// The mark's SVG source, inlined into the page: an <img> of an SVG file costs the page a
// request and a separate SVG document to parse before the first paint (about 20 ms each on
// these machines); inline it is a few DOM nodes. assets/icon.svg stays the one source.
import logoSvg from '../../../assets/icon.svg?raw';
import { text } from '../../../shared/text';

/** The app's mark and name, as shown in the header. */
export function AppLogo() {
  return (
    <span className="app-logo">
      {/* Decorative: the name beside it says the same. The markup is our own file, fixed at build time. */}
      <span className="app-logo__mark" aria-hidden="true" dangerouslySetInnerHTML={{ __html: logoSvg }} />
      <span className="app-logo__name">{text('app.name')}</span>
    </span>
  );
}
