// Quiet, fast defaults for every e2e file; a file may override before it starts the system.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = 'silent';
process.env.LOGIN_LIMIT_PER_EMAIL = '1000';
process.env.LOGIN_LIMIT_PER_IP = '10000';
