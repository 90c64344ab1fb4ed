export const DEMO_PASSWORD = 'hatchery-demo-2026';
