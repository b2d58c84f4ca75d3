type TextListProps = {
  readonly items: readonly string[];
  readonly ordered?: boolean;
  readonly className?: string;
};

/** Catalogue texts are unique within a list, so they make stable keys. */
export function TextList({ items, ordered = false, className }: TextListProps) {
  const children = items.map((item) => <li key={item}>{item}</li>);
  return ordered ? (
    <ol className={className}>{children}</ol>
  ) : (
    <ul className={className}>{children}</ul>
  );
}
