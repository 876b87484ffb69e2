export { startSchedule, type Schedule, type ScheduleSettings } from './start-schedule.ts';
