// Define the elements before React renders: React 19 sets a prop as a property only when the element already has
// a property of that name (an undefined element would get `adapter="[object Object]"` as an attribute).
import 'helpdesk-elements/define.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
