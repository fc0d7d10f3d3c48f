import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options-app';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
