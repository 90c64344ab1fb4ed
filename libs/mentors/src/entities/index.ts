export * from './mentor-assignment.entity';
export * from './mentor-profile.entity';
export * from './mentor-session.entity';
export * from './mentor-statement.entity';
