/** A view that is announced but not built yet. */
export function PlaceholderView({ title, text }: { title: string; text: string }) {
  return (
    <main className="placeholder-view">
      <div className="placeholder-card">
        <h1>{title}</h1>
        <p>{text}</p>
        <p className="coming-soon">Coming soon.</p>
      </div>
    </main>
  );
}
