// Opaque stand-ins for the two DOM names that xstate's and zod's type declarations mention.
// The engine compiles without the DOM library; these let those declarations load without making the DOM usable.
declare class AbortSignal {
  private constructor();
}
declare class URL {
  private constructor();
}
