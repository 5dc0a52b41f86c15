import { resolve } from 'node:path';
import type { PersonDecision } from '../../contract/channels/handover';
import { caseIdsByNumber, exportCases } from '../../core/handover/export-service';
import { importHandover } from '../../core/handover/import-service';
import { previewHandover } from '../../core/handover/preview-service';
import type { Command } from '../args';
import { loginCliOffice, openCliOffice } from '../cli-office';
import { cliCaseCtx, HANDOVER_SECRET_NOTE, HANDOVER_SECRET_OPTIONS, readHandoverPassphrase } from '../handover-session';
import { EXIT, UsageError } from '../io';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE, PASSWORD_FILE_OPTION, PASSWORD_NOTE, USER_NOTE } from '../options';
import { readPassword } from '../password';

const total = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');

export const caseExportCommand: Command = {
  summary: 'Übergibt Fälle verschlüsselt an eine andere Stelle (.kimcase); nur die zuständigen Fallmanager:innen.',
  options: {
    ...DATA_DIR_OPTION,
    case: { value: 'NUMMER[,NUMMER…]', required: true, help: 'Fallnummern, durch Komma getrennt' },
    recipient: { value: 'PARTNER-ID', required: true, help: 'Die empfangende Stelle (im Netzwerk als Partner erfasst); ihre Einwilligung muss vorliegen' },
    out: { value: 'DATEI', required: true, help: 'Zieldatei (z. B. fall.kimcase)' },
    ...HANDOVER_SECRET_OPTIONS,
    ...PASSWORD_FILE_OPTION,
  },
  notes: [HANDOVER_SECRET_NOTE, PASSWORD_NOTE, USER_NOTE, EXIT_NOTE],
  async run(args, io) {
    const passphrase = readHandoverPassphrase(args, io);
    const password = readPassword(args, io);
    const numbers = args.value('case')!.split(',').map((n) => n.trim()).filter(Boolean);
    if (numbers.length === 0) throw new UsageError('Bitte mindestens eine Fallnummer angeben (--case).');
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const ctx = cliCaseCtx(office);
      const outPath = resolve(io.cwd, args.value('out')!);
      const r = await exportCases(ctx, { caseIds: caseIdsByNumber(ctx.db, numbers), recipientPartnerId: args.value('recipient')!, passphrase, outPath });
      io.out(`Übergabedatei geschrieben: ${outPath}`);
      io.out(`Größe: ${r.fileBytes} Bytes; Inhalt: ${total(r.recordCounts)}`);
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};

export const caseImportCommand: Command = {
  summary: 'Übernimmt Fälle aus einer Übergabedatei (.kimcase); die angemeldete Person wird Fallmanager:in.',
  options: {
    file: { value: 'DATEI', positional: true, required: true, help: 'Die Übergabedatei (.kimcase)' },
    ...DATA_DIR_OPTION,
    'merge-none': { help: 'Alle Personen neu anlegen, keine zusammenführen' },
    yes: { help: 'Personen mit genau einem wahrscheinlichen Treffer mit diesem zusammenführen, die übrigen neu anlegen' },
    ...HANDOVER_SECRET_OPTIONS,
    ...PASSWORD_FILE_OPTION,
  },
  notes: [
    'Ohne --merge-none oder --yes wird nur die Vorschau (Fälle, Personen, mögliche Treffer) gezeigt und nichts übernommen.',
    HANDOVER_SECRET_NOTE,
    PASSWORD_NOTE,
    USER_NOTE,
    EXIT_NOTE,
  ],
  async run(args, io) {
    if (args.flag('merge-none') && args.flag('yes')) throw new UsageError('Bitte entweder --merge-none oder --yes angeben, nicht beides.');
    const passphrase = readHandoverPassphrase(args, io);
    const password = readPassword(args, io);
    const file = resolve(io.cwd, args.value('file')!);
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const preview = await previewHandover(cliCaseCtx(office), file, passphrase);
      const decisions: Record<string, PersonDecision> = {};
      for (const c of preview.cases) {
        io.out(`Fall ${c.caseNumber} (${c.phase}), Kommune: ${c.kommuneName ?? '–'}${c.kommuneId ? '' : ' (hier nicht vorhanden)'}`);
        for (const p of c.persons) {
          const only = p.matches.length === 1 ? p.matches[0] : undefined;
          decisions[p.ref] = args.flag('yes') && only ? { mode: 'merge', existingPersonId: only.personId } : { mode: 'new' };
          const found = p.matches.map((m) => `${m.givenNames} ${m.familyName} (${m.cases.map((x) => x.caseNumber).join(', ')})`).join('; ');
          io.out(`  ${p.primary ? '*' : '-'} ${p.givenNames} ${p.familyName}${p.birthYear ? ` (${p.birthYear})` : ''}: ${found ? `mögliche Treffer: ${found}` : 'kein Treffer'}`);
        }
      }
      if (!args.flag('yes') && !args.flag('merge-none')) {
        io.out('Nichts übernommen: zum Übernehmen --merge-none oder --yes angeben.');
        return EXIT.ok;
      }
      const r = await importHandover(cliCaseCtx(office), file, passphrase, { decisions });
      for (const c of r.cases) io.out(`Übernommen: Fall ${c.originalCaseNumber} als ${c.caseNumber}`);
      io.out(`Personen neu: ${r.personsCreated}, zusammengeführt: ${r.personsMerged}`);
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
