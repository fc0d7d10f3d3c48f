import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup-app';
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
