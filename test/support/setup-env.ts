// Quiet, fast defaults for every e2e file; a file may override before it starts the system.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = 'silent';
process.env.LOGIN_LIMIT_PER_EMAIL_IP = '1000';
process.env.LOGIN_LIMIT_PER_IP = '10000';
process.env.LOGIN_SLOWDOWN_AFTER = '1000';
