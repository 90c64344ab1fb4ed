import { useOrganization } from '../../components/organization';
import { FounderHome } from './FounderHome';
import { MentorHome } from './MentorHome';
import { ReviewerHome } from './ReviewerHome';
import { StaffDashboardPage } from './StaffDashboardPage';

/** /o/:slug: each role's start page in the organization. */
export function OrganizationHomePage() {
  const { role } = useOrganization();
  if (role === 'owner' || role === 'manager') return <StaffDashboardPage />;
  if (role === 'reviewer') return <ReviewerHome />;
  if (role === 'founder') return <FounderHome />;
  return <MentorHome />;
}
