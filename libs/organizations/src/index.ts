export * from './dto/member.dto';
export * from './dto/organization.dto';
export * from './entities/organization.entity';
export * from './invitations.service';
export * from './members.service';
export * from './organizations.jobs';
export * from './organizations.module';
export * from './organizations.service';
