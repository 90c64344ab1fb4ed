import { notifications } from '@mantine/notifications';
import i18n from '../../i18n';

/** A success notification whose close button has a name. */
export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': i18n.t('actions.close') } });
}
