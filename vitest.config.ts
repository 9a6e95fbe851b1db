/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files through the Container API.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
	},
});
