import 'eenzaamheid-hulp/define';
import { createRoot } from 'react-dom/client';
import { ClientApp } from './App.jsx';

createRoot(document.getElementById('app')).render(<ClientApp />);
