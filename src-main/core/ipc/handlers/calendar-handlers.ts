import { listAvailability, saveAvailability } from '../../appointments/availability-service';
import { exportCalendar, importCalendar, previewImport } from '../../appointments/ics-service';
import { caseOptions, staffOptions } from '../../appointments/options-service';
import { appointmentsInRange, getAppointment } from '../../appointments/range-service';
import { cancelAppointment, checkAppointment, moveAppointment, saveAppointment } from '../../appointments/save-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type CalendarChannel =
  | 'appointments.range'
  | 'appointments.get'
  | 'appointments.save'
  | 'appointments.move'
  | 'appointments.cancel'
  | 'appointments.checkConflicts'
  | 'appointments.caseOptions'
  | 'calendar.staffOptions'
  | 'availability.list'
  | 'availability.save'
  | 'calendar.exportIcs'
  | 'calendar.importIcsPreview'
  | 'calendar.importIcs';

export const calendarHandlers: HandlerMap<CalendarChannel> = {
  'appointments.range': (input, ctx) => appointmentsInRange(caseCtx(ctx), input),
  'appointments.get': (input, ctx) => getAppointment(caseCtx(ctx), input.id),
  'appointments.save': ({ appointment, ...rest }, ctx) => saveAppointment(caseCtx(ctx), rest, appointment, rest),
  'appointments.move': (input, ctx) => moveAppointment(caseCtx(ctx), input),
  'appointments.cancel': (input, ctx) => cancelAppointment(caseCtx(ctx), input),
  'appointments.checkConflicts': ({ appointment, ...target }, ctx) => checkAppointment(caseCtx(ctx), target, appointment),
  'appointments.caseOptions': (input, ctx) => caseOptions(caseCtx(ctx), input.query),
  'calendar.staffOptions': (_input, ctx) => staffOptions(ctx.core.office.database()),
  'availability.list': (input, ctx) => listAvailability(ctx.core.office.database(), input.staffIds),
  'availability.save': (input, ctx) => saveAvailability(caseCtx(ctx), input),
  'calendar.exportIcs': (input, ctx) => exportCalendar(caseCtx(ctx), input),
  'calendar.importIcsPreview': (input, ctx) => previewImport(caseCtx(ctx), input.content),
  'calendar.importIcs': (input, ctx) => importCalendar(caseCtx(ctx), input.content, input.skipUids),
};
