import type { Command } from '../args';
import { loginCliOffice, openCliOffice } from '../cli-office';
import { EXIT } from '../io';
import { DATA_DIR_OPTION, dataDirOf, PASSWORD_FILE_OPTION, LOGIN_NOTE, PASSWORD_NOTE, USER_NOTE } from '../options';
import { readPassword } from '../password';

export const auditVerifyCommand: Command = {
  summary: 'Prüft die Hash-Kette des Audit-Protokolls (nur Administration).',
  options: { ...DATA_DIR_OPTION, ...PASSWORD_FILE_OPTION },
  notes: [PASSWORD_NOTE, USER_NOTE, LOGIN_NOTE, 'Rückgabewerte: 0 Kette in Ordnung, 1 Kette beschädigt oder Fehler, 2 falscher Aufruf.'],
  async run(args, io) {
    const password = readPassword(args, io);
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const result = await office.call('audit.verify', {});
      if (result.ok) {
        io.out(`Audit-Protokoll in Ordnung (${result.checked} Einträge)`);
        return EXIT.ok;
      }
      io.out(`Audit-Protokoll beschädigt: erster fehlerhafter Eintrag Nr. ${result.firstBrokenId} (davor ${result.checked} Einträge in Ordnung)`);
      return EXIT.failure;
    } finally {
      await office.close();
    }
  },
};
