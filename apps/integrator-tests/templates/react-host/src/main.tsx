import { CollabProvider, type CollabViewHandle, InviteDialog } from '@collab/widget';
import { StrictMode, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

const query = new URLSearchParams(location.search);
const apiUrl = query.get('api') ?? '';
const token = query.get('token') ?? '';

function App() {
  const [shown, setShown] = useState(true);
  const [result, setResult] = useState('');
  const invite = useRef<CollabViewHandle>(null);
  return (
    <main>
      <h1>A React {version.split('.')[0]} host</h1>
      <button type="button" onClick={() => setShown((now) => !now)}>
        {shown ? 'Hide the widget' : 'Show the widget'}
      </button>
      <button type="button" onClick={() => void invite.current?.refresh()}>
        Refresh the widget
      </button>
      {shown ? (
        <CollabProvider apiUrl={apiUrl} getToken={() => token} locale="en">
          <InviteDialog
            ref={invite}
            onActivated={(detail) => setResult(`${detail.flow}: ${detail.services.length}`)}
          />
        </CollabProvider>
      ) : null}
      <p role="status">{result}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
