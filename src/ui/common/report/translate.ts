// A translation function bound to the 'report' namespace and one language, shared by the report's parts.
export type Translate = (key: string, options?: Record<string, unknown>) => string;
