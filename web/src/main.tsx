// Entry point of the Stormbell web app.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Stormbell</p>);
