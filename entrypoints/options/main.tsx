import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options-app';

render(<OptionsApp />, document.getElementById('app')!);
