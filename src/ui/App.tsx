// App shell (placeholder until the play screens land).
import { catalog } from 'virtual:scenarios';

export function App() {
  return (
    <main>
      <h1>Draaiboek</h1>
      <ul>
        {catalog.map((c) => (
          <li key={c.id}>{c.title.nl}</li>
        ))}
      </ul>
    </main>
  );
}
