import { render } from 'preact';

render(<main>Charte PME</main>, document.getElementById('app')!);
