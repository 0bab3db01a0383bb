import type fr from '../fr/report';

export default {
  'report.action': 'Report a wrong match',
  'report.notConfigured':
    'No reporting address is configured in this version of the extension: nothing is sent. Here is the report, prepared on your device; copy it if you wish to pass it on.',
  'report.viaEmail': 'Open the prefilled e-mail (nothing is sent without you)',
  'report.viaForm': 'Open the prefilled form (nothing is sent without you)',
  'report.textLabel': 'Report text',
  'report.copy': 'Copy the text',
  'report.copied': 'Text copied.',
  'report.subject': 'Charte PME: wrong match on {host}',
  'report.body':
    'The Charte PME badge seems wrong on this page.\n\nPage: {page}\nRecognised platform: {platform}\nStatus shown: {status}\nSignals: {signals}\nVersion: {version}\n\nWhat is wrong:\n',
} as const satisfies Record<keyof typeof fr, string>;
