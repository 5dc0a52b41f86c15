import { listTargetBackups } from '../../core/backup/backup-status';
import type { Command } from '../args';
import { EXIT } from '../io';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE } from '../options';

const SIZE = new Intl.NumberFormat('de-DE');
/** `YYYY-MM-DDTHH:mm:ss` → `dd.MM.yyyy HH:mm` */
const german = (dt: string) => `${dt.slice(8, 10)}.${dt.slice(5, 7)}.${dt.slice(0, 4)} ${dt.slice(11, 16)}`;

export const backupListCommand: Command = {
  summary: 'Listet die automatischen Sicherungen im eingestellten Zielordner (Datum, Größe, geprüft).',
  options: { ...DATA_DIR_OPTION, json: { help: 'Ausgabe als ein JSON-Objekt' } },
  notes: ['Braucht keine Anmeldung: Zielordner und Prüfvermerke stehen unverschlüsselt im Datenverzeichnis (ohne personenbezogene Daten).', EXIT_NOTE],
  async run(args, io) {
    const listing = listTargetBackups(dataDirOf(args, io));
    if (args.flag('json')) {
      io.out(JSON.stringify(listing));
      return EXIT.ok;
    }
    if (!listing.targetDir) {
      io.out('Es ist kein Zielordner für automatische Sicherungen eingerichtet (Einstellungen → Datensicherung).');
      return EXIT.ok;
    }
    io.out(`Zielordner: ${listing.targetDir}`);
    if (listing.backups.length === 0) io.out('Keine automatischen Sicherungen vorhanden.');
    for (const b of listing.backups) {
      io.out(`  ${german(b.localDateTime)}  ${SIZE.format(b.fileBytes).padStart(14)} Bytes  ${b.verified ? 'geprüft      ' : 'nicht geprüft'}  ${b.name}`);
    }
    return EXIT.ok;
  },
};
