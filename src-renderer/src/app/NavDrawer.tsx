import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { useTranslation } from 'react-i18next';
import { hrefOf } from './hash-route';
import { ROUTES, type AppRoute } from './routes';

export const DRAWER_WIDTH = 232;

/** The navigation landmark: plain links (Tab/Enter), the current page marked aria-current. */
export function NavDrawer({ current }: { current: AppRoute | null }) {
  const { t } = useTranslation('nav');
  return (
    <Drawer
      variant="permanent"
      sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
    >
      <Toolbar />
      <nav aria-label={t('label')}>
        <List>
          {ROUTES.filter((route) => !route.hidden).map((route) => {
            const isCurrent = route === current;
            const Icon = route.icon;
            return (
              <ListItem key={route.path} disablePadding>
                <ListItemButton component="a" href={hrefOf(route.path)} selected={isCurrent} aria-current={isCurrent ? 'page' : undefined}>
                  <ListItemIcon>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText primary={t(route.labelKey)} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      </nav>
    </Drawer>
  );
}
