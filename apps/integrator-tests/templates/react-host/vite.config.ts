import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No `resolve.dedupe`: an install from the registry has one React (widget README, "Install").
// The source maps let the tests count the React copies in the bundle.
export default defineConfig({ plugins: [react()], build: { sourcemap: true } });
