import { isoDate } from '../../contract/fields';
import { AppError } from '../../core/errors';
import { isProfileName, PROFILE_NAMES } from '../../core/seed/profiles';
import { seedOffice } from '../../core/seed/seed-runner';
import { berlinDate } from '../../core/seed/sim-time';
import type { Command } from '../args';
import { CLI_CLIENT_ID, loginCliOffice, openCliOffice } from '../cli-office';
import { EXIT, UsageError } from '../io';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE, PASSWORD_FILE_OPTION, PASSWORD_NOTE, USER_NOTE } from '../options';
import { readPassword } from '../password';

/** Fixed "today" of the small and large profiles, so a seed gives the same office on any day. */
export const DEFAULT_REFERENCE_DATE = '2026-03-02';

function referenceDate(profile: string, given: string | undefined): string {
  if (given === undefined) return profile === 'demo' ? berlinDate(Date.now()) : DEFAULT_REFERENCE_DATE;
  if (!isoDate.safeParse(given).success) throw new UsageError('--date erwartet ein Datum im Format JJJJ-MM-TT.');
  return given;
}

function seedNumber(given: string | undefined): number {
  if (given === undefined) return 1;
  if (!/^\d{1,9}$/.test(given)) throw new UsageError('--seed erwartet eine ganze Zahl von 0 bis 999999999.');
  return Number(given);
}

export const seedCommand: Command = {
  summary: 'Füllt eine neu eingerichtete, leere Installation mit synthetischen Test- oder Vorführdaten (keine echten Personen).',
  options: {
    ...DATA_DIR_OPTION,
    ...PASSWORD_FILE_OPTION,
    profile: { value: PROFILE_NAMES.join('|'), required: true, help: 'small: Tests (Sekunden); demo: Vorführung; large: Lasttests (einige Minuten)' },
    seed: { value: 'ZAHL', help: 'Startwert des Zufallsgenerators (Standard: 1); gleicher Wert, gleiche Daten' },
    date: { value: 'JJJJ-MM-TT', help: `„Heute“ der Testdaten (Standard: demo heute, sonst ${DEFAULT_REFERENCE_DATE})` },
  },
  notes: [
    PASSWORD_NOTE,
    USER_NOTE,
    'Die Anmeldung muss eine Administration sein. Die angelegten Mitarbeitenden erhalten dasselbe Passwort (nur für Test- und Vorführdaten).',
    'Die Daten werden in Stapeln gespeichert; bricht der Lauf ab, bitte das Datenverzeichnis löschen und neu einrichten.',
    EXIT_NOTE,
  ],
  async run(args, io) {
    const profile = args.value('profile')!;
    if (!isProfileName(profile)) throw new UsageError(`--profile erwartet ${PROFILE_NAMES.join(', ')}.`);
    const seed = seedNumber(args.value('seed'));
    const date = referenceDate(profile, args.value('date'));
    const password = readPassword(args, io);
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const session = office.core.sessions.get(CLI_CLIENT_ID);
      if (!session || session.role !== 'administration') throw new AppError('FORBIDDEN', 'Testdaten kann nur eine Administration anlegen.');
      const admin = { id: session.userId, username: session.username, displayName: session.displayName, role: session.role };
      const report = await seedOffice(office.core, admin, { profile, seed, referenceDate: date, staffPassword: password, onProgress: (line) => io.err(line) });
      io.out(`Testdaten angelegt: Profil ${report.profile}, Startwert ${report.seed}, Stichtag ${report.referenceDate}, ${report.calls} Aufrufe in ${report.seconds} s.`);
      for (const [table, n] of Object.entries(report.counts)) io.out(`  ${table.padEnd(14)} ${n}`);
      io.out(`Mitarbeitende (Passwort wie die Administration): ${report.staff.map((s) => s.username).join(', ')}`);
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
