export function ProfessionalNotice() {
  return (
    <aside className="notice notice--warning" aria-label="Professional technique">
      <p>
        <strong>Learn this from a practitioner.</strong> Psoas Coach describes this technique but
        never puts it in your plan. A physiotherapist, massage therapist or trainer should teach it
        and set the dose.
      </p>
    </aside>
  );
}
