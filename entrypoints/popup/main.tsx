import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup-app';

render(<PopupApp />, document.getElementById('app')!);
