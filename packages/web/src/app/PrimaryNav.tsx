import { NavLink } from 'react-router';

const LINKS = [
  { to: '/', label: 'Today' },
  { to: '/session', label: 'Session' },
  { to: '/breaks', label: 'Breaks' },
  { to: '/exercises', label: 'Exercises' },
  { to: '/progress', label: 'Progress' },
  { to: '/learn', label: 'Learn' },
  { to: '/settings', label: 'Settings' },
] as const;

/** NavLink sets aria-current="page" on the link for the current section. */
export function PrimaryNav() {
  return (
    <nav aria-label="Primary" className="primary-nav">
      <ul className="primary-nav__list">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === '/'} className="primary-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
