// The course side of the server's HTTP API for the trainer's screens and team laptops: create a course, read it,
// add a team, join as a team laptop with the course code, one command for every team, every team's export. The
// trainer's key goes in the Authorization header, never in the path.
import { type ApiResult, call, json } from './api.ts';
import type {
  CommandResults,
  CourseCommand,
  CourseExport,
  CourseInfo,
  CreateCourse,
  CreatedCourse,
  CreatedTeam,
  JoinCourse,
  JoinedCourse,
} from './course.ts';

const auth = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
const at = (id: string, rest = '') => `/api/courses/${encodeURIComponent(id)}${rest}`;

export const createCourse = (body: CreateCourse, fetcher: typeof fetch = fetch): Promise<ApiResult<CreatedCourse>> =>
  call<CreatedCourse>(fetcher, '/api/courses', json(body));

export const courseInfo = (id: string, key: string, fetcher: typeof fetch = fetch) =>
  call<CourseInfo>(fetcher, at(id), { headers: auth(key) });

export const addTeam = (id: string, key: string, name: string, fetcher: typeof fetch = fetch) => {
  const init = json({ name });
  return call<CreatedTeam>(fetcher, at(id, '/teams'), { ...init, headers: { ...(init.headers as Record<string, string>), ...auth(key) } });
};

export const joinCourse = (body: JoinCourse, fetcher: typeof fetch = fetch) => call<JoinedCourse>(fetcher, '/api/courses/join', json(body));

export const courseCommand = (id: string, key: string, body: CourseCommand, fetcher: typeof fetch = fetch) => {
  const init = json(body);
  return call<CommandResults>(fetcher, at(id, '/command'), {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...auth(key) },
  });
};

export const courseExport = (id: string, key: string, fetcher: typeof fetch = fetch) =>
  call<CourseExport>(fetcher, at(id, '/export'), { headers: auth(key) });
