import { useEffect } from 'react';

/** Each page names itself first, so tabs and history read "Glute bridge · Psoas Coach". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Psoas Coach`;
  }, [title]);
}
