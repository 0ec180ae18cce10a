// Entry point: start-up (config, LIFF init, the opened page's first GET) begins at once, with only the LIFF SDK loaded;
// React and the pages arrive in parallel (index.html preloads them) and mount when they are here.
import { boot } from './boot';
import './styles.css';

void boot();
void import('./mount');
