// The app's addresses, in one place: the route patterns, and the addresses navigation goes to.
// Reserved for the coming modes: /s/:code (join), /f/:id (facilitator), /p/:id (projector), /o/:id (observer), /c/:id (course).
export const paths = {
  start: '/',
  setup: (scenarioId: string) => `/setup/${scenarioId}`,
  play: (saveId: string) => `/play/${saveId}`,
  debrief: (saveId: string) => `/debrief/${saveId}`,
  report: (saveId: string) => `/report/${saveId}`,
  compare: '/compare',
} as const;

/** The addresses of sessions on the server (join, facilitator, projector, observer, course); the rest is solo play. */
export const isSessionPath = (path: string) => /^\/(f|p|o|s|c)(\/|$)/.test(path);

export const patterns = {
  setup: '/setup/:scenarioId',
  play: '/play/:saveId',
  debrief: '/debrief/:saveId',
  report: '/report/:saveId',
  compare: '/compare',
} as const;
