// Placeholder for the embed build (an iframe-able, configurable map). Intentionally empty for now.
export {};
