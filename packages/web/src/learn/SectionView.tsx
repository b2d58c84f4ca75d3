import type { Section } from './content/grade.ts';
import { BlockView } from './BlockView.tsx';

type SectionViewProps = { readonly section: Section };

/** An ordinary section: anatomy, practice and research, never a claim (the types see to it). */
export function SectionView({ section }: SectionViewProps) {
  const wide = section.blocks.some((block) => block.kind === 'figures');
  return (
    <section
      className={wide ? 'learn-section learn-section--wide' : 'learn-section'}
      aria-labelledby={section.id}
      data-section-kind={section.kind}
    >
      <h2 id={section.id}>{section.heading}</h2>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </section>
  );
}
