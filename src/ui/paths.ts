// The app's addresses, in one place: the route patterns, and the addresses navigation goes to.
// Reserved for the coming modes: /s/:code (join), /f/:id (facilitator), /p/:id (projector), /o/:id (observer), /c/:id (course).
export const paths = {
  start: '/',
  setup: (scenarioId: string) => `/setup/${scenarioId}`,
  play: (saveId: string) => `/play/${saveId}`,
  debrief: (saveId: string) => `/debrief/${saveId}`,
} as const;

export const patterns = {
  setup: '/setup/:scenarioId',
  play: '/play/:saveId',
  debrief: '/debrief/:saveId',
} as const;
