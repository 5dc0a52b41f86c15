import type { Command } from '../args';
import { openCliOffice } from '../cli-office';
import { EXIT } from '../io';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE, PASSWORD_FILE_OPTION, PASSWORD_NOTE } from '../options';
import { readPassword } from '../password';
import { asUsageError } from '../validation';

const SETUP_FIELDS = {
  officeName: '--office (1 bis 200 Zeichen)',
  adminUsername: '--admin (3 bis 64 Zeichen: Buchstaben, Ziffern, Punkt, Unterstrich, Bindestrich)',
  adminDisplayName: '--admin-name (1 bis 200 Zeichen)',
  adminPassword: 'Passwort (10 bis 256 Zeichen)',
};

export const initCommand: Command = {
  summary: 'Richtet eine neue Installation ein: Datenbank, Schlüsseldatei, erste Administration und Wiederherstellungscode.',
  options: {
    ...DATA_DIR_OPTION,
    office: { value: 'NAME', required: true, help: 'Name der Dienststelle' },
    admin: { value: 'BENUTZER', required: true, help: 'Benutzername der ersten Administration' },
    'admin-name': { value: 'NAME', help: 'Anzeigename der Administration (Standard: der Benutzername)' },
    ...PASSWORD_FILE_OPTION,
  },
  notes: [`${PASSWORD_NOTE} Mindestens 10 Zeichen.`, EXIT_NOTE],
  async run(args, io) {
    const password = readPassword(args, io);
    const admin = args.value('admin')!;
    // The same setup service the UI calls, through the registry, so validation and audit are identical.
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      const { recoveryCode } = await office
        .call('auth.setup', {
          officeName: args.value('office')!,
          adminUsername: admin,
          adminDisplayName: args.value('admin-name') ?? admin,
          adminPassword: password,
        })
        .catch((e: unknown) => {
          throw asUsageError(e, SETUP_FIELDS);
        });
      io.out('KIM Fallakte ist eingerichtet.');
      io.out(`Datenverzeichnis: ${office.dataDir}`);
      io.out('');
      io.out('Wiederherstellungscode (wird nur dieses eine Mal angezeigt):');
      io.out('');
      io.out(`    ${recoveryCode}`);
      io.out('');
      io.out('Bitte bewahren Sie den Code sicher auf, z. B. ausgedruckt in einem verschlossenen Schrank, getrennt vom Rechner.');
      io.out('Mit ihm lässt sich ein vergessenes Passwort zurücksetzen. Sind Code und alle Passwörter verloren, lassen sich die Daten nicht mehr öffnen.');
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
